import CLibYAML

/// Streams the events of a YAML text through libyaml's event API (`yaml_parser_parse`).
///
/// Enforces the nesting bound while events stream in, so a deeply nested file stops early
/// instead of making libyaml work quadratically.
public final class YAMLEventReader {
    // Behind a pointer rather than a stored property: `&parser` on a class property is checked for
    // exclusive access at run time, on every event of every file.
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private let source: SourceText
    private let limits: YAMLLimits
    private var depth = 0
    private var finished = false

    /// Checks size and encoding, then prepares libyaml. Throws for a file that must not be parsed.
    public init(_ source: SourceText, limits: YAMLLimits = .standard) throws(YAMLError) {
        self.source = source
        self.limits = limits
        parser.initialize(to: yaml_parser_t())
        guard source.bytes.count <= limits.maxFileBytes else {
            buffer = .allocate(capacity: 1)
            throw YAMLError(
                .fileTooLarge, .fileStart,
                Phrase(
                    en: "file is too large (\(source.bytes.count) bytes; at most \(limits.maxFileBytes) are read)",
                    id: "berkas terlalu besar (\(source.bytes.count) bait; paling banyak \(limits.maxFileBytes) dibaca)"
                ))
        }
        if !source.isUTF16, let bad = source.firstInvalidUTF8() {
            buffer = .allocate(capacity: 1)
            throw YAMLError(
                .invalidUTF8, bad,
                Phrase(
                    en: "invalid UTF-8 byte sequence",
                    id: "urutan bait UTF-8 tidak sah"),
                hint: Phrase(en: "save the file as UTF-8 text", id: "simpan berkas sebagai teks UTF-8"))
        }
        buffer = .allocate(capacity: max(source.bytes.count, 1))
        _ = buffer.initialize(from: source.bytes)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, buffer.baseAddress, source.bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        buffer.deallocate()
    }

    /// The next event, or nil after the stream's end.
    public func next() throws(YAMLError) -> YAMLEvent? {
        guard !finished else { return nil }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            finished = true
            throw parserError()
        }
        defer { yaml_event_delete(&event) }
        let start = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        let end = Mark(line: Int(event.end_mark.line) + 1, column: Int(event.end_mark.column) + 1)
        let kind: YAMLEvent.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT:
            kind = .streamStart
        case YAML_STREAM_END_EVENT:
            finished = true
            kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            kind = .documentStart(implicit: event.data.document_start.implicit != 0)
        case YAML_DOCUMENT_END_EVENT:
            kind = .documentEnd(implicit: event.data.document_end.implicit != 0)
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: Self.string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value =
                scalar.length == 0
                ? ""
                : String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            kind = .scalar(
                value: value, style: Self.style(scalar.style),
                anchor: Self.string(scalar.anchor), tag: Self.string(scalar.tag))
        case YAML_SEQUENCE_START_EVENT:
            let sequence = event.data.sequence_start
            try enter(at: start)
            kind = .sequenceStart(
                anchor: Self.string(sequence.anchor), tag: Self.string(sequence.tag),
                flow: sequence.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_SEQUENCE_END_EVENT:
            depth -= 1
            kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let mapping = event.data.mapping_start
            try enter(at: start)
            kind = .mappingStart(
                anchor: Self.string(mapping.anchor), tag: Self.string(mapping.tag),
                flow: mapping.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_MAPPING_END_EVENT:
            depth -= 1
            kind = .mappingEnd
        default:
            finished = true
            throw YAMLError(.yamlSyntax, start, Phrase(en: "unexpected YAML event", id: "peristiwa YAML tak terduga"))
        }
        return YAMLEvent(kind, start: start, end: end)
    }

    /// Every event of the text, stopping at the first error.
    public func readAll() throws(YAMLError) -> [YAMLEvent] {
        var events: [YAMLEvent] = []
        while let event = try next() { events.append(event) }
        return events
    }

    private func enter(at mark: Mark) throws(YAMLError) {
        depth += 1
        if depth > limits.maxDepth {
            finished = true
            throw YAMLError(
                .nestingTooDeep, mark,
                Phrase(
                    en: "nesting is too deep (more than \(limits.maxDepth) levels)",
                    id: "susunan bertingkat terlalu dalam (lebih dari \(limits.maxDepth) tingkat)"))
        }
    }

    private func parserError() -> YAMLError {
        let parser = self.parser.pointee
        let problem = Self.string(parser.problem) ?? "unknown problem"
        let context = Self.string(parser.context)
        let mark: Mark
        if parser.error == YAML_READER_ERROR {
            mark = source.mark(atByteOffset: Int(parser.problem_offset))
        } else {
            mark = Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        }
        return YAMLError(
            .yamlSyntax, mark, LibYAMLProblem.phrase(problem: problem, context: context),
            hint: LibYAMLProblem.hint(problem: problem, source: source, at: mark))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
