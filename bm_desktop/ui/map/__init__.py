"""The map workspace: canvas, layers, overlays and the feature that installs them."""
