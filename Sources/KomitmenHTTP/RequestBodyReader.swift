import Hummingbird
import NIOCore

/// Reads a request body within the bound: a declared length over it is refused before a byte is
/// read, and a chunked body is counted as it arrives and refused when it passes the bound.
enum RequestBodyReader {
    static let yamlTypes = ["application/yaml", "application/x-yaml", "text/yaml"]
    static let jsonTypes = ["application/json"]

    /// 413 when the declared length is over `limit`; 415 when the media type is not one of `accepted`.
    static func precheck(_ request: Request, limit: Int, accepted: [String]) throws(APIError) {
        if let declared = request.headers[.contentLength] {
            // An unreadable length is treated as too large: nothing is read on a guess.
            guard let length = Int(declared.trimmingCharacters(in: .whitespaces)), length >= 0 else {
                throw .tooLarge(limit)
            }
            if length > limit { throw .tooLarge(limit) }
        }
        let given = request.headers[.contentType]
        let media = given?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard accepted.contains(media) else { throw .unsupportedType(given, accepted: accepted) }
    }

    /// The body's bytes, at most `limit`.
    /// A body that breaks off or breaks HTTP's framing (a chunk size that is not hex) is the
    /// client's mistake: 400, not a failure of the server.
    static func read(_ request: Request, limit: Int) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            for try await buffer in request.body {
                guard bytes.count + buffer.readableBytes <= limit else { throw APIError.tooLarge(limit) }
                bytes.append(contentsOf: buffer.readableBytesView)
            }
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.malformedBody
        }
        return bytes
    }
}
