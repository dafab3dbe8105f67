import KomitmenCore

/// Turns a summary into one document.
public protocol SummaryRenderer: Sendable {
    func render(_ summary: Summary) -> String
    /// The document as UTF-8 bytes; a renderer that writes bytes directly saves a copy.
    func renderBytes(_ summary: Summary) -> [UInt8]
    /// The document handed to `sink` in order, in as many parts as the renderer likes: a large
    /// document need not be held whole.
    func write(_ summary: Summary, to sink: ([UInt8]) throws -> Void) rethrows
}

extension SummaryRenderer {
    public func renderBytes(_ summary: Summary) -> [UInt8] { Array(render(summary).utf8) }
    public func write(_ summary: Summary, to sink: ([UInt8]) throws -> Void) rethrows { try sink(renderBytes(summary)) }
}

/// The formats `komitmen summary --format` offers.
public enum SummaryFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json, csv

    /// The renderer for this format; `color` matters for text only.
    public func renderer(language: Language, color: Bool = false, csvLayout: CSVLayout = .wide) -> any SummaryRenderer {
        switch self {
        case .text: TextRenderer(language: language, color: color)
        case .markdown: MarkdownRenderer(language: language)
        case .html: HTMLRenderer(language: language)
        case .json: JSONRenderer(language: language)
        case .csv: CSVRenderer(language: language, layout: csvLayout)
        }
    }
}
