"""The default pack's facts (YAML) and source text, shipped as tutor.knowledge."""
