"""Language data the engine uses for every pack."""
