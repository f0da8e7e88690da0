"""JSON Schemas (draft-07) for content packs and case files, shipped as package data.

The schemas are the one description of the file formats: the loader validates with them,
and editors that read `# yaml-language-server: $schema=...` complete and check with them.
"""

__all__: list[str] = []
