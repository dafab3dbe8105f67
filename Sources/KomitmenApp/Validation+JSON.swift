import KomitmenCore
import KomitmenRender
import KomitmenYAML

extension Validation {
    /// The machine-readable form, written as it goes through the one JSON writer (`JSONStream`,
    /// `JSONValue`) and within the same bounds as the text: `omitted` says how many diagnostics
    /// `diagnostics` leaves out, while `errors` and `warnings` count them all.
    public func writeJSON<Output: TextOutputStream>(to output: Output, language: Language, maxErrors: Int) -> Output {
        var stream = JSONStream(output)
        stream.beginArray("diagnostics")
        var printed = 0
        for diagnostic in diagnostics {
            if maxErrors > 0 && printed >= maxErrors { break }
            stream.item(Self.json(diagnostic, language))
            printed += 1
        }
        stream.endArray()
        stream.member("errors", .number(errorCount))
        stream.member("files", .number(fileCount))
        stream.member("omitted", .number(errorCount + warningCount - printed))
        stream.member("root", .string(root))
        stream.member("warnings", .number(warningCount))
        return stream.finish()
    }

    /// One diagnostic as a JSON object.
    public static func json(_ diagnostic: Diagnostic, _ language: Language) -> JSONValue {
        var members: [String: JSONValue] = [
            "code": .string(diagnostic.code.code),
            "file": .string(diagnostic.file),
            "line": .number(diagnostic.mark.line),
            "column": .number(diagnostic.mark.column),
            "severity": .string(diagnostic.severity.rawValue),
            "message": .string(diagnostic.message.text(language)),
        ]
        if let hint = diagnostic.hint { members["hint"] = .string(hint.text(language)) }
        return .object(members)
    }
}
