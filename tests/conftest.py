"""Test-wide settings: Qt renders offscreen and NLTK sees no downloadable data."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The product must work without NLTK data; make sure the tests prove it.
os.environ["NLTK_DATA"] = tempfile.mkdtemp(prefix="close-reader-no-nltk-data-")
