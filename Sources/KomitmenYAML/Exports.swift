// Every user of the YAML reader gets its text and diagnostic types with it.
@_exported import KomitmenText
