"""The default pack's dialog scripts (YAML), shipped as tutor.dialogs."""
