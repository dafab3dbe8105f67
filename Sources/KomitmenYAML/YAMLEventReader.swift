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
                YAMLWords.fileTooLarge(source.bytes.count, most: limits.maxFileBytes))
        }
        if !source.isUTF16, let bad = source.firstInvalidUTF8() {
            buffer = .allocate(capacity: 1)
            throw YAMLError(
                .invalidUTF8, bad,
                YAMLWords.invalidUTF8,
                hint: YAMLWords.saveAsUTF8)
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
        var event = yaml_event_t()
        guard try nextRaw(&event) else { return nil }
        defer { yaml_event_delete(&event) }
        let start = Self.mark(event.start_mark)
        let end = Self.mark(event.end_mark)
        let kind: YAMLEvent.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT:
            kind = .streamStart
        case YAML_STREAM_END_EVENT:
            kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            kind = .documentStart(implicit: event.data.document_start.implicit != 0)
        case YAML_DOCUMENT_END_EVENT:
            kind = .documentEnd(implicit: event.data.document_end.implicit != 0)
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: Self.string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            kind = .scalar(
                value: Self.value(scalar.value, count: scalar.length), style: Self.style(scalar.style),
                anchor: Self.string(scalar.anchor), tag: Self.string(scalar.tag))
        case YAML_SEQUENCE_START_EVENT:
            let sequence = event.data.sequence_start
            kind = .sequenceStart(
                anchor: Self.string(sequence.anchor), tag: Self.string(sequence.tag),
                flow: sequence.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_SEQUENCE_END_EVENT:
            kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let mapping = event.data.mapping_start
            kind = .mappingStart(
                anchor: Self.string(mapping.anchor), tag: Self.string(mapping.tag),
                flow: mapping.style == YAML_FLOW_MAPPING_STYLE)
        default:
            kind = .mappingEnd
        }
        return YAMLEvent(kind, start: start, end: end)
    }

    /// The next event as libyaml gives it, into `event` (which the caller deletes with
    /// `yaml_event_delete`); false after the stream's end. The nesting bound applies here.
    ///
    /// The composer reads these directly: building a `YAMLEvent` (an enum with strings) for every
    /// event and destroying it again cost more per file than the composer's own work on it.
    func nextRaw(_ event: inout yaml_event_t) throws(YAMLError) -> Bool {
        guard !finished else { return false }
        guard yaml_parser_parse(parser, &event) == 1 else {
            finished = true
            throw parserError()
        }
        switch event.type {
        case YAML_STREAM_END_EVENT:
            finished = true
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            depth += 1
            if depth > limits.maxDepth {
                finished = true
                let mark = Self.mark(event.start_mark)
                yaml_event_delete(&event)
                throw YAMLError(
                    .nestingTooDeep, mark,
                    YAMLWords.nestingTooDeep(limits.maxDepth))
            }
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            depth -= 1
        case YAML_STREAM_START_EVENT, YAML_DOCUMENT_START_EVENT, YAML_DOCUMENT_END_EVENT, YAML_ALIAS_EVENT,
            YAML_SCALAR_EVENT:
            break
        default:
            finished = true
            let mark = Self.mark(event.start_mark)
            yaml_event_delete(&event)
            throw YAMLError(.yamlSyntax, mark, YAMLWords.unexpectedEvent)
        }
        return true
    }

    /// A libyaml position, 1-based.
    static func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// A scalar event's text.
    static func value(_ bytes: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> String {
        count == 0 ? "" : String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Every event of the text, stopping at the first error.
    public func readAll() throws(YAMLError) -> [YAMLEvent] {
        var events: [YAMLEvent] = []
        while let event = try next() { events.append(event) }
        return events
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

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }

    static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
