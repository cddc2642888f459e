"""Close Reader. Run `python main.py` to open the sample article, `python main.py --help` for more."""

import gc
import os
import sys

if __name__ == "__main__":
    # `analyze` is a one-shot process.  The cyclic garbage collector would only walk its millions
    # of (acyclic) objects again and again, from the first import on; and once the output is
    # written and flushed, tearing the interpreter down (freeing the analysis and the models object
    # by object) would take longer than analysing an article, with nothing left to close.
    one_shot = sys.argv[1:2] == ["analyze"]
    if one_shot:
        gc.disable()
    from desktop.cli import main

    status = main()
    # A profiler, coverage tool or debugger writes its report at exit: then the exit stays normal.
    if one_shot and sys.getprofile() is None and sys.gettrace() is None:
        sys.stderr.flush()
        os._exit(status)
    sys.exit(status)
