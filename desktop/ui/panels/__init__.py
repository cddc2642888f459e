"""Dock panels beside the article: each shows one layer and asks the view to jump to spans."""
