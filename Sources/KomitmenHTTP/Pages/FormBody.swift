import Foundation
import Hummingbird

/// A posted form's fields, in order (a name may repeat: checkboxes), from
/// `application/x-www-form-urlencoded` or `multipart/form-data` (files kept as bytes).
struct FormBody: Sendable {
    var fields: [(name: String, value: String)] = []
    var files: [String: [UInt8]] = [:]

    static let maxFields = 5000

    subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// Reads and parses the body (at most `limit` bytes; 413 past it, 415 for another type).
    static func read(_ request: Request, limit: Int) async throws -> FormBody {
        let type = request.headers[.contentType] ?? ""
        let media = type.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let accepted = ["application/x-www-form-urlencoded", "multipart/form-data"]
        try RequestBodyReader.precheck(request, limit: limit, accepted: accepted)
        let bytes = try await RequestBodyReader.read(request, limit: limit)
        if media == "multipart/form-data" {
            guard let boundary = Self.parameter("boundary", in: type) else {
                throw APIError.unsupportedType(type, accepted: accepted)
            }
            return multipart(bytes, boundary: boundary)
        }
        return urlencoded(bytes)
    }

    static func urlencoded(_ bytes: [UInt8]) -> FormBody {
        var body = FormBody()
        for pair in bytes.split(separator: UInt8(ascii: "&")).prefix(maxFields) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            body.fields.append((decode(parts[0]), parts.count > 1 ? decode(parts[1]) : ""))
        }
        return body
    }

    /// `+` is a space, `%XX` a byte; the bytes then read as UTF-8 (invalid sequences replaced).
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(0x20)
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
                let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                out.append(value)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A minimal multipart reader: each part's `name` (and whether it has a `filename`) from its
    /// `Content-Disposition`, its bytes up to the next boundary. Enough for one file and a few fields.
    static func multipart(_ bytes: [UInt8], boundary: String) -> FormBody {
        var body = FormBody()
        let delimiter = Array("--\(boundary)".utf8)
        var starts: [Int] = []
        var index = 0
        while let found = find(delimiter, in: bytes, from: index) {
            starts.append(found)
            index = found + delimiter.count
            if starts.count > 64 { break }
        }
        for (start, end) in zip(starts, starts.dropFirst()) {
            var partStart = start + delimiter.count
            // The line break after the delimiter.
            if partStart + 1 < bytes.count, bytes[partStart] == 0x0D, bytes[partStart + 1] == 0x0A { partStart += 2 }
            guard let headerEnd = find(Array("\r\n\r\n".utf8), in: bytes, from: partStart), headerEnd < end else {
                continue
            }
            let headers = String(decoding: bytes[partStart..<headerEnd], as: UTF8.self)
            var contentEnd = end
            // The line break before the next delimiter belongs to it.
            if contentEnd >= 2, bytes[contentEnd - 2] == 0x0D, bytes[contentEnd - 1] == 0x0A { contentEnd -= 2 }
            let content = headerEnd + 4 <= contentEnd ? Array(bytes[(headerEnd + 4)..<contentEnd]) : []
            guard
                let disposition = headers.split(separator: "\r\n").first(where: {
                    $0.lowercased().hasPrefix("content-disposition:")
                }),
                let name = parameter("name", in: String(disposition))
            else { continue }
            if parameter("filename", in: String(disposition)) != nil {
                body.files[name] = content
            } else {
                body.fields.append((name, String(decoding: content, as: UTF8.self)))
            }
        }
        return body
    }

    /// A header parameter's value (`boundary=...`, `name="..."`).
    static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty || value.count > 200 ? nil : value
        }
        return nil
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        var index = start
        let first = needle[0]
        while index <= haystack.count - needle.count {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
