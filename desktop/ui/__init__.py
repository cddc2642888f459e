"""The Qt front end: widgets and models only; analysis and storage live elsewhere."""
