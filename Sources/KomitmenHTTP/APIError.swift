import Hummingbird
import KomitmenApp
import KomitmenIntake
import KomitmenRender
import KomitmenYAML

/// An error answer: `{"error": {"code", "message"}}` in the request's language, with
/// `"diagnostics"` (each as `validate --format json` writes it) for a report that failed its checks.
public struct APIError: Error, HTTPResponseError {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: Phrase
    public var headers: HTTPFields
    public var diagnostics: [Diagnostic]?
    /// Diagnostics left out of `diagnostics` (past `IntakeFailure.maxDiagnostics`).
    public var omitted = 0

    public init(
        _ status: HTTPResponse.Status, _ code: String, _ message: Phrase, headers: HTTPFields = [:],
        diagnostics: [Diagnostic]? = nil
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
        self.diagnostics = diagnostics
    }

    /// The body, in `language`.
    public func json(_ language: Language) -> JSONValue {
        var members: [String: JSONValue] = [
            "error": .object(["code": .string(code), "message": .string(message.text(language))])
        ]
        if let diagnostics {
            // The shared item writer of `validate --format json`: the same keys, the same words.
            members["diagnostics"] = .array(diagnostics.map { Validation.json($0, language) })
            members["omitted"] = .number(omitted)
        }
        return .object(members)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = JSONResponse.make(json(APILanguage.of(request)), status: status)
        for field in headers { response.headers.append(field) }
        return response
    }
}

/// JSON answers, written by the one JSON writer.
public enum JSONResponse {
    public static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: value.serialized() + "\n")))
    }

    /// The bytes `make` sends (kept by `ResponseCache`).
    static func bytes(_ value: JSONValue) -> [UInt8] {
        Array((value.serialized() + "\n").utf8)
    }
}

/// The API's language: English unless `Accept-Language` prefers Indonesian (`id`, or the old `in`).
public enum APILanguage {
    public static func of(_ request: Request) -> Language {
        guard let header = request.headers[.acceptLanguage] else { return .en }
        return preferred(header, default: .en)
    }

    /// The first of `en`/`id` by weight in an `Accept-Language` value; `fallback` when neither is named.
    public static func preferred(_ header: String, default fallback: Language) -> Language {
        var best: (Language, Double)?
        for part in header.split(separator: ",").prefix(32) {
            let pieces = part.split(separator: ";")
            guard let tag = pieces.first?.trimmingCharacters(in: .whitespaces).lowercased() else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            // `in` is Indonesian's code before 1989; browsers still send it.
            let language = Language(rawValue: primary == "in" ? "id" : primary)
            guard let language else { continue }
            var weight = 1.0
            for parameter in pieces.dropFirst() {
                let pair = parameter.trimmingCharacters(in: .whitespaces)
                if pair.hasPrefix("q="), let value = Double(pair.dropFirst(2)) { weight = value }
            }
            if weight > 0, weight > (best?.1 ?? -1) { best = (language, weight) }
        }
        return best?.0 ?? fallback
    }
}
