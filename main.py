"""Close Reader. Run `python main.py` to open the sample article, `python main.py --help` for more."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
