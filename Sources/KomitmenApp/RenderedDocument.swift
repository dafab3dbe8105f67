import KomitmenCore
import KomitmenRender
import KomitmenYAML

/// A rendered summary as a front end sends or saves it: bytes (so binary formats fit), the
/// media type for a server's `Content-Type`, and the extension for a file name.
public struct RenderedDocument: Sendable, Equatable {
    public var bytes: [UInt8]
    public var contentType: String
    public var fileExtension: String

    public init(bytes: [UInt8], contentType: String, fileExtension: String) {
        self.bytes = bytes
        self.contentType = contentType
        self.fileExtension = fileExtension
    }

    /// `summary` in `format` and `language`; `color` (terminal colours) matters for text only,
    /// `csvLayout` for CSV only.
    public static func render(
        _ summary: Summary, format: SummaryFormat, language: Language,
        color: Bool = false, csvLayout: CSVLayout = .wide
    ) -> RenderedDocument {
        let bytes = format.renderer(language: language, color: color, csvLayout: csvLayout).renderBytes(summary)
        return RenderedDocument(
            bytes: bytes, contentType: format.contentType, fileExtension: format.fileExtension)
    }

    /// The bytes `render` makes, handed to `sink` in order and in parts, so a large summary is
    /// written as it is made instead of held whole.
    public static func write(
        _ summary: Summary, format: SummaryFormat, language: Language,
        color: Bool = false, csvLayout: CSVLayout = .wide, to sink: ([UInt8]) throws -> Void
    ) rethrows {
        try format.renderer(language: language, color: color, csvLayout: csvLayout).write(summary, to: sink)
    }
}

extension SummaryFormat {
    /// The media type of a document in this format.
    public var contentType: String {
        switch self {
        case .text: "text/plain; charset=utf-8"
        case .markdown: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .json: "application/json"
        case .csv: "text/csv; charset=utf-8"
        }
    }

    /// The file extension of a document in this format, without the dot.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        case .csv: "csv"
        }
    }
}
