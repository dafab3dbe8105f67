// Plugins and renderers import KomitmenCore alone and get Phrase, Language, Mark, Diagnostic,
// DiagnosticCode and CalendarDate from the small text module, never the YAML reader.
@_exported import KomitmenText
