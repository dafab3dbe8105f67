import KomitmenCore
import KomitmenYAML

/// The machine-readable form of a validation run, written as it goes and within the same
/// bounds as the text: `omitted` says how many diagnostics `diagnostics` leaves out, while
/// `errors` and `warnings` count them all.
enum DiagnosticJSON {
    static func write(_ repository: Repository, language: Language, maxErrors: Int, to output: inout TextOutput) {
        output.write("{\n  \"diagnostics\" : [")
        var printed = 0
        var first = true
        outer: for diagnostic in repository.diagnostics {
            if maxErrors > 0 && printed >= maxErrors { break outer }
            output.write(first ? "\n    " : ",\n    ")
            first = false
            output.write(item(diagnostic, language))
            printed += 1
        }
        output.write(first ? "],\n" : "\n  ],\n")
        let total = repository.errorCount + repository.warningCount
        output.write("""
              "errors" : \(repository.errorCount),
              "files" : \(repository.fileCount),
              "omitted" : \(total - printed),
              "root" : \(string(repository.root)),
              "warnings" : \(repository.warningCount)
            }

            """)
        output.flush()
    }

    /// One diagnostic as a one-line object, keys sorted.
    static func item(_ diagnostic: Diagnostic, _ language: Language) -> String {
        var fields = ["\"column\":\(diagnostic.mark.column)", "\"file\":" + string(diagnostic.file)]
        if let hint = diagnostic.hint { fields.append("\"hint\":" + string(hint.text(language))) }
        fields += ["\"line\":\(diagnostic.mark.line)", "\"message\":" + string(diagnostic.message.text(language)),
                   "\"severity\":" + string(diagnostic.severity.rawValue)]
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as it is.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}", "\u{2029}": result += "\\u" + hex(scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u" + hex(scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
