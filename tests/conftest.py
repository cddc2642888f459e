"""Test-wide settings: Qt renders offscreen, NLTK sees no downloadable data, caches are throwaway."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The product must work without NLTK data; make sure the tests prove it.
os.environ["NLTK_DATA"] = tempfile.mkdtemp(prefix="close-reader-no-nltk-data-")
# Ready-parsed model copies go to a throwaway cache, never the user's (desktop.analysis.tagger.cache_folder).
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="close-reader-cache-")
