import KomitmenYAML

/// Reads one YAML mapping whose keys are known in advance: reports unknown keys (with the closest
/// known name), missing required ones, and gives each value's node for typed reading. Where the
/// known fields have labels (a plugin section's), messages name each by its label and its key.
struct FieldReader {
    let node: Node
    /// The known fields' labels, in `known`'s order; empty where fields are named by their keys.
    private let labels: [Phrase]
    private let known: [String]
    /// The mapping's pairs, as the node holds them (one array shared, nothing copied).
    private let pairs: [Node.Pair]
    /// The known fields given, in file order, each with its pair's index: searched in order, which
    /// for the handful of fields of a mapping is faster than hashing (one reader per mapping of
    /// every file). Indices rather than the value nodes: copying each node in (and destroying it
    /// with the reader) cost more than the rest of the reader.
    private var given: [(key: String, position: Int)] = []
    /// Known names that an unknown key was taken for (`submited` → `submitted`): already reported.
    private var suggested: Set<String> = []

    /// False (with a diagnostic) when the node is not a mapping: the reader then has no fields.
    let isMapping: Bool

    /// Nil (with a diagnostic) when `node` is not a mapping.
    init?(_ node: Node, known: [String], labels: [Phrase] = [], diagnostics: inout [Diagnostic]) {
        self.init(reading: node, known: known, labels: labels, diagnostics: &diagnostics)
        guard isMapping else { return nil }
    }

    /// A reader that is there even when `node` is not a mapping (see `isMapping`): the hot paths
    /// (a report, a section entry) test the flag instead of unwrapping a `FieldReader?`, which was
    /// copied out and destroyed through the runtime's generic code for every report and entry.
    init(reading node: Node, known: [String], labels: [Phrase] = [], diagnostics: inout [Diagnostic]) {
        self.node = node
        self.known = known
        self.labels = labels
        guard case .mapping(let pairs) = node.content else {
            self.pairs = []
            isMapping = false
            diagnostics.append(
                node.error(
                    .wrongType,
                    CoreWords.expectedAMappingFound + node.kindName))
            return
        }
        self.pairs = pairs
        isMapping = true
        given.reserveCapacity(pairs.count)
        // By index: a `for pair in pairs` copied (and released) both nodes of every pair.
        for position in pairs.indices {
            guard case .scalar(let scalar) = pairs[position].key.content else {
                diagnostics.append(
                    pairs[position].key.error(
                        .keyNotPlain, CoreWords.keyMustBePlain))
                continue
            }
            let key = scalar.value
            if known.contains(key) {
                if let index = given.firstIndex(where: { $0.key == key }) {
                    given[index] = (key, position)
                } else {
                    given.append((key, position))
                }
            } else {
                diagnostics.append(Self.unknownField(key, at: pairs[position].key, known: known, labels: labels))
                if let match = Suggestion.closest(to: key, in: known) { suggested.insert(match) }
            }
        }
    }

    static func unknownField(_ key: String, at node: Node, known: [String], labels: [Phrase] = []) -> Diagnostic {
        let hint: Phrase
        if labels.count == known.count && !labels.isEmpty {
            // Labelled fields: the suggestion and the list name each by its label and its key.
            let named = zip(labels, known).map { CoreWords.labelled($0, key: $1) }
            if let match = Suggestion.closest(to: key, in: known), let index = known.firstIndex(of: match) {
                hint = CoreWords.didYouMeanField(named[index])
            } else {
                hint = CoreWords.theFieldsAre + Suggestion.listing(named)
            }
        } else {
            hint = Suggestion.unknownNameHint(
                for: key, in: known,
                listedAfter: CoreWords.theFieldsAre)
        }
        return node.error(
            .unknownField, CoreWords.unknownField(key), hint: hint)
    }

    /// The label of a known field, when the fields are labelled.
    private func label(of key: String) -> Phrase? {
        guard labels.count == known.count, let index = known.firstIndex(of: key) else { return nil }
        return labels[index]
    }

    /// The index into `pairs` of the field's value. Callers read `pairs[index].value` in place:
    /// a `Node?` handed back and forth is copied and destroyed through the runtime's generic
    /// `Optional` code, several times for every field read (docs/benchmarks.md, "Hot paths").
    private func position(_ key: String) -> Int? {
        for field in given where field.key == key { return field.position }
        return nil
    }

    /// Whether the value at a position is null: `Node.isNull`'s test, on the parts read in place.
    /// Asking `pairs[position].value.isNull` copied the whole node (and destroyed the copy) for
    /// every field read, even through an unsafe buffer.
    private func isNull(at position: Int) -> Bool {
        guard case .scalar(let scalar) = pairs[position].value.content, scalar.style == .plain,
            pairs[position].value.tag == nil
        else { return false }
        return CoreSchema.isNull(scalar.value)
    }

    /// The position of a field that must be present and not empty; reports it missing at the
    /// mapping, or empty at its value.
    private func requiredPosition(_ key: String, _ diagnostics: inout [Diagnostic]) -> Int? {
        guard let position = position(key) else {
            if !suggested.contains(key) {
                diagnostics.append(
                    node.error(
                        .missingField,
                        label(of: key).map { CoreWords.missingField(CoreWords.labelled($0, key: key)) }
                            ?? CoreWords.missingField(key)))
            }
            return nil
        }
        guard !isNull(at: position) else {
            diagnostics.append(
                pairs[position].value.error(
                    .emptyField,
                    label(of: key).map { CoreWords.fieldHasNoValue(CoreWords.labelled($0, key: key)) }
                        ?? CoreWords.fieldHasNoValue(key)))
            return nil
        }
        return position
    }

    /// The position of an optional field; nil when absent or empty.
    private func optionalPosition(_ key: String) -> Int? {
        guard let position = position(key), !isNull(at: position) else { return nil }
        return position
    }

    /// The value of a field that must be present; reports it missing at the mapping.
    func required(_ key: String, _ diagnostics: inout [Diagnostic]) -> Node? {
        guard let position = requiredPosition(key, &diagnostics) else { return nil }
        return pairs[position].value
    }

    /// The value of an optional field; nil when absent or empty.
    func optional(_ key: String) -> Node? {
        guard let position = optionalPosition(key) else { return nil }
        return pairs[position].value
    }

    /// Where an optional field's value was written; nil when absent or empty.
    func mark(of key: String) -> Mark? {
        guard let position = optionalPosition(key) else { return nil }
        return pairs[position].value.mark
    }

    /// Where a field's key was written, its value empty or not; nil when absent.
    func keyMark(of key: String) -> Mark? {
        position(key).map { pairs[$0].key.mark }
    }
}

/// Runs a typed read and turns its failure into a diagnostic.
func read<T>(_ diagnostics: inout [Diagnostic], _ body: () throws(Diagnostic) -> T) -> T? {
    do {
        return try body()
    } catch {
        diagnostics.append(error)
        return nil
    }
}

/// Runs a typed reader such as `Node.text` on a node, its failure a diagnostic. Preferred to
/// `read(&diagnostics, node.text)`: that partial application allocated a closure holding a copy of
/// the node, for every value of every file.
func read<T>(_ diagnostics: inout [Diagnostic], _ node: Node, _ reader: (Node) -> () throws(Diagnostic) -> T) -> T? {
    do {
        return try reader(node)()
    } catch {
        diagnostics.append(error)
        return nil
    }
}

extension FieldReader {
    /// A required field read with a typed reader such as `Node.count`.
    func required<T>(_ key: String, _ diagnostics: inout [Diagnostic], _ reader: (Node) -> () throws(Diagnostic) -> T)
        -> T?
    {
        guard let position = requiredPosition(key, &diagnostics) else { return nil }
        return read(&diagnostics, pairs[position].value, reader)
    }

    /// An optional field read with a typed reader; nil when absent or unreadable.
    func optional<T>(_ key: String, _ diagnostics: inout [Diagnostic], _ reader: (Node) -> () throws(Diagnostic) -> T)
        -> T?
    {
        guard let position = optionalPosition(key) else { return nil }
        return read(&diagnostics, pairs[position].value, reader)
    }
}
