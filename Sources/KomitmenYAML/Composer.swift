import CLibYAML

/// Builds node trees from libyaml's events: resolves aliases within a budget and rejects
/// duplicate mapping keys at their second occurrence.
public struct Composer {
    private let source: SourceText
    private let limits: YAMLLimits
    private let allowMultipleDocuments: Bool
    /// The load this text belongs to; nil names the file on its own.
    private let files: FileTable?

    /// A mapping key's identity (see `keyIdentity`) and the line it was given on.
    private typealias KeyLine = (identity: String, line: Int)

    /// An open collection: its nodes so far, how many nodes they stand for and how many bytes of
    /// scalar text (keys too) they hold, aliases expanded.
    private struct Frame {
        var isMapping: Bool
        var start: Mark
        var tag: String?
        var anchor: String?
        var items: [Node] = []
        var size = 1
        var bytes = 0
        var pendingKey: Node?
        var pendingKeyIdentity: String?
        var pairs: [Node.Pair] = []
        /// The keys so far (identity and line): while the mapping is small, `keys[keysStart...]`
        /// of the composer's key stack (one array per text, not one per mapping; a list is faster
        /// than hashing for the few keys of a typical mapping); an index once it grows.
        var keysStart: Int
        var keyIndex: [String: Int]?

        /// A collection opened, made with the memberwise initializer (CONTRIBUTING.md, "Code
        /// conventions").
        static func opening(isMapping: Bool, start: Mark, tag: String?, anchor: String?, keysStart: Int) -> Frame {
            // Room for a typical collection from the start: growing 1, 2, 4, 8 reallocated (and
            // moved every node) three times for every mapping of every file.
            Frame(
                isMapping: isMapping, start: start, tag: tag, anchor: anchor,
                items: isMapping ? [] : reserved(4), pendingKey: nil, pendingKeyIdentity: nil,
                pairs: isMapping ? reserved(8) : [], keysStart: keysStart, keyIndex: nil)
        }

        private static func reserved<Element>(_ capacity: Int) -> [Element] {
            var array: [Element] = []
            array.reserveCapacity(capacity)
            return array
        }

        func firstLine(of identity: String, in keys: [KeyLine]) -> Int? {
            if let keyIndex { return keyIndex[identity] }
            // Lengths first: most keys of a mapping differ in length, and comparing two lengths
            // is far cheaper than comparing two strings.
            let length = identity.utf8.count
            for index in keysStart..<keys.count
            where keys[index].identity.utf8.count == length && keys[index].identity == identity {
                return keys[index].line
            }
            return nil
        }

        /// Adds a node to this collection; a duplicate key's problem when the node is the value of
        /// a key given before (the first value is kept).
        /// The node is moved in, not copied: a copy retained its content, tag and file name, for
        /// every node of every file.
        mutating func add(_ node: consuming Node, size: Int, bytes: Int, keys: inout [KeyLine]) -> YAMLError? {
            self.size += size
            self.bytes += bytes
            if !isMapping {
                items.append(node)
                return nil
            }
            guard let key = pendingKey.take() else {
                pendingKeyIdentity = Composer.keyIdentity(node)
                pendingKey = node
                return nil
            }
            if let identity = pendingKeyIdentity {
                if let firstLine = firstLine(of: identity, in: keys) {
                    let name = key.scalar?.value ?? ""
                    return YAMLError(
                        .duplicateKey, key.mark,
                        YAMLWords.duplicateKey(name, firstLine: firstLine),
                        hint: YAMLWords.giveEachKeyOnce)
                }
                remember(identity, line: key.mark.line, in: &keys)
            }
            pairs.append(Node.Pair(key: key, value: node))
            return nil
        }

        mutating func remember(_ identity: String, line: Int, in keys: inout [KeyLine]) {
            if keyIndex != nil {
                keyIndex![identity] = line
                return
            }
            keys.append((identity, line))
            if keys.count - keysStart > 16 {
                keyIndex = Dictionary(
                    keys[keysStart...].map { ($0.identity, $0.line) }, uniquingKeysWith: { first, _ in first })
                keys.removeSubrange(keysStart...)
            }
        }
    }

    public init(
        source: SourceText, limits: YAMLLimits = .standard, allowMultipleDocuments: Bool = true,
        files: FileTable? = nil
    ) {
        self.source = source
        self.limits = limits
        self.allowMultipleDocuments = allowMultipleDocuments
        self.files = files
    }

    /// The root node of every document in the text; a duplicate key is an error like any other.
    public func composeAll() throws(YAMLError) -> [Node] {
        let (roots, problems) = try composeCollecting()
        if let first = problems.first { throw first }
        return roots
    }

    /// The root node of every document, and the problems that did not stop reading (duplicate
    /// keys: the first value is kept), so one file can show all of its mistakes at once.
    public func composeCollecting() throws(YAMLError) -> (roots: [Node], problems: [YAMLError]) {
        var problems: [YAMLError] = []
        let reader = try YAMLEventReader(source, limits: limits)
        var roots: [Node] = []
        var stack: [Frame] = []
        // Room for one document and a few levels from the start: growing them from empty cost
        // three reallocations in every file.
        roots.reserveCapacity(1)
        stack.reserveCapacity(8)
        // The keys of the open mappings, innermost last: a mapping's keys are dropped when it
        // closes, so one array serves every mapping of the text.
        var keys: [KeyLine] = []
        keys.reserveCapacity(16)
        // Each anchored node with its size in nodes and in bytes of scalar text, worked out when
        // it was completed, so an alias costs one lookup however much it stands for.
        var anchors: [String: (node: Node, size: Int, bytes: Int)] = [:]
        var expanded = 0
        var expandedBytes = 0
        let byteBudget = limits.aliasByteBudget(forTextOf: source.bytes.count)
        // Named once per text: nodes share the name's object, not a copy of the name.
        let file = files?.name(source.path) ?? FileName(source.path)

        func add(_ node: consuming Node, size: Int, bytes: Int) throws(YAMLError) {
            guard !stack.isEmpty else {
                roots.append(node)
                return
            }
            // The open collection is changed where it lies in the stack: popping and pushing it
            // copied the whole frame for every node.
            guard let problem = stack[stack.count - 1].add(node, size: size, bytes: bytes, keys: &keys) else { return }
            // Collected problems are bounded like everything else: a file of nothing but repeated
            // keys stops at the bound instead of filling memory with messages.
            guard problems.count < limits.maxProblems else {
                throw YAMLError(
                    .tooManyProblems, problem.mark,
                    YAMLWords.tooManyDuplicateKeys(limits.maxProblems)
                )
            }
            problems.append(problem)
        }

        // libyaml's events read as they are, without a `YAMLEvent` in between (see `nextRaw`).
        var event = yaml_event_t()
        while try reader.nextRaw(&event) {
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                if !allowMultipleDocuments && !roots.isEmpty {
                    throw YAMLError(
                        .multipleDocuments, YAMLEventReader.mark(event.start_mark),
                        YAMLWords.secondDocument,
                        hint: YAMLWords.removeTheDocumentLine)
                }
                anchors.removeAll()
            case YAML_ALIAS_EVENT:
                let name = YAMLEventReader.string(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    throw YAMLError(
                        .unknownAlias, YAMLEventReader.mark(event.start_mark),
                        YAMLWords.unknownAlias(name))
                }
                expanded += target.size
                if expanded > limits.maxAliasExpansion {
                    throw YAMLError(
                        .aliasExpansion, YAMLEventReader.mark(event.start_mark),
                        YAMLWords.aliasesExpandTooFar(limits.maxAliasExpansion),
                        hint: YAMLWords.writeTheValuesOut)
                }
                // Bytes too: a few aliases of one long text stay within the node budget and still
                // stand for gigabytes once a form, a page or a site writes them out (issue 21).
                expandedBytes += target.bytes
                if expandedBytes > byteBudget {
                    throw YAMLError(
                        .aliasExpansion, YAMLEventReader.mark(event.start_mark),
                        YAMLWords.aliasesExpandTooLong(byteBudget),
                        hint: YAMLWords.writeTheTextOutOnce)
                }
                try add(target.node, size: target.size, bytes: target.bytes)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let node = Node(
                    content: .scalar(
                        .init(
                            value: YAMLEventReader.value(scalar.value, count: scalar.length),
                            style: YAMLEventReader.style(scalar.style))),
                    tag: YAMLEventReader.string(scalar.tag), fileID: file,
                    mark: YAMLEventReader.mark(event.start_mark))
                let bytes = scalar.length
                if let anchor = YAMLEventReader.string(scalar.anchor) { anchors[anchor] = (node, 1, bytes) }
                try add(node, size: 1, bytes: bytes)
            case YAML_SEQUENCE_START_EVENT:
                let sequence = event.data.sequence_start
                stack.append(
                    Frame.opening(
                        isMapping: false, start: YAMLEventReader.mark(event.start_mark),
                        tag: YAMLEventReader.string(sequence.tag), anchor: YAMLEventReader.string(sequence.anchor),
                        keysStart: keys.count))
            case YAML_MAPPING_START_EVENT:
                let mapping = event.data.mapping_start
                stack.append(
                    Frame.opening(
                        isMapping: true, start: YAMLEventReader.mark(event.start_mark),
                        tag: YAMLEventReader.string(mapping.tag), anchor: YAMLEventReader.string(mapping.anchor),
                        keysStart: keys.count))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard var frame = stack.popLast() else { continue }
                // The frame's nodes are moved into the new node, not shared with the frame.
                let content: Node.Content
                if frame.isMapping {
                    keys.removeSubrange(frame.keysStart...)
                    var pairs: [Node.Pair] = []
                    swap(&pairs, &frame.pairs)
                    content = .mapping(pairs)
                } else {
                    var items: [Node] = []
                    swap(&items, &frame.items)
                    content = .sequence(items)
                }
                let node = Node(content: content, tag: frame.tag, fileID: file, mark: frame.start)
                if let anchor = frame.anchor { anchors[anchor] = (node, frame.size, frame.bytes) }
                try add(node, size: frame.size, bytes: frame.bytes)
            default:
                // Stream start and end, document end: nothing to build.
                continue
            }
        }
        return (roots, problems)
    }

    /// What makes two scalar keys the same key under the YAML 1.2 core schema (`a` and `"a"` are;
    /// `1` and `"1"` are not). Nil for collection keys, which are not compared.
    ///
    /// A text key is its own identity (no copy: every key of every file comes through here); every
    /// other identity starts with NUL and its kind, and so does a text that itself starts with NUL.
    static func keyIdentity(_ node: Node) -> String? {
        guard let scalar = node.scalar else { return nil }
        func text(_ value: String) -> String { value.utf8.first == 0 ? "\u{0}str\u{0}" + value : value }
        if let tag = node.tag { return "\u{0}tag\u{0}" + tag + "\u{0}" + scalar.value }
        if scalar.style != .plain { return text(scalar.value) }
        // Most keys are words: one starting with a letter that begins no null or boolean word
        // (`null`, `true`, `false` and their capitals) is text, without resolving it.
        if let lead = scalar.value.utf8.first, CoreSchema.startsOnlyText(lead) { return scalar.value }
        switch CoreSchema.resolve(scalar.value) {
        case .null: return "\u{0}null"
        case .bool(let value): return "\u{0}bool\u{0}\(value)"
        case .int(let value): return "\u{0}int\u{0}\(value)"
        case .float: return "\u{0}float\u{0}" + scalar.value
        case .string: return text(scalar.value)
        }
    }
}
