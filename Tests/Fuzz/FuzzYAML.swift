// libFuzzer target for komitmen's YAML layer: built by `.ci/fuzz.sh`, not by SwiftPM (no target
// names this folder).
//
// The script compiles this file into the same module as `Sources/KomitmenYAML/*.swift`, so it
// needs no `import KomitmenYAML` and may use the module's internal API.
//
// Every input is read as YAML by the composer (several documents, one document, tight limits),
// then every node is read with every typed reader. Thrown errors are expected and ignored: the
// fuzzer looks for crashes (traps, memory errors in libyaml or Swift), hangs and memory blow-ups,
// and for broken invariants, checked with `precondition`.

/// Limits small enough that the fuzzer reaches the depth, alias and size checks often.
private let tightLimits = YAMLLimits(maxFileBytes: 4096, maxDepth: 8, maxAliasExpansion: 64)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let source = SourceText(path: "fuzz.yaml", bytes: bytes)

    checkEvents(source)
    compose(source, limits: .standard, multipleDocuments: true)
    compose(source, limits: tightLimits, multipleDocuments: true)
    do {
        let document = try YAMLDocument.parse(source)
        if let root = document.root { visit(root, source: source) }
    } catch {
        format(error, source: source)
    }
    return 0
}

/// The reader's events nest properly: every start has its end, and the stream ends.
private func checkEvents(_ source: SourceText) {
    guard let reader = try? YAMLEventReader(source) else { return }
    var open: [Bool] = []  // true for a mapping
    var sawEnd = false
    do {
        while let event = try reader.next() {
            precondition(!sawEnd, "an event after the stream's end")
            switch event.kind {
            case .sequenceStart: open.append(false)
            case .mappingStart: open.append(true)
            case .sequenceEnd: precondition(open.popLast() == false, "a sequence end without its start")
            case .mappingEnd: precondition(open.popLast() == true, "a mapping end without its start")
            case .streamEnd: sawEnd = true
            default: break
            }
        }
        precondition(sawEnd && open.isEmpty, "the stream ended with open collections")
        precondition((try? reader.next()) == nil, "an event after the end")
    } catch {
        format(error, source: source)
    }
}

private func compose(_ source: SourceText, limits: YAMLLimits, multipleDocuments: Bool) {
    do {
        let roots = try Composer(source: source, limits: limits, allowMultipleDocuments: multipleDocuments)
            .composeAll()
        var budget = 1_000_000
        for root in roots { visit(root, source: source, budget: &budget) }
    } catch {
        format(error, source: source)
    }
}

private func visit(_ node: Node, source: SourceText) {
    var budget = 1_000_000
    visit(node, source: source, budget: &budget)
}

/// Reads a node with every typed reader, then its children; aliases make a tree a graph, so the
/// walk stops after a budget of nodes.
private func visit(_ node: Node, source: SourceText, budget: inout Int) {
    budget -= 1
    guard budget > 0 else { return }
    _ = node.isNull
    _ = node.kindName
    _ = try? node.text()
    if let value = try? node.int() {
        precondition(CoreSchema.resolve(node.scalar?.value ?? "") == .int(value), "int() disagrees with the core schema")
    }
    if let value = try? node.decimal() { precondition(!value.isNaN, "decimal() gave NaN") }
    if let value = try? node.bool() { precondition(node.scalar?.value.lowercased() == String(value), "bool() misread") }
    if let date = try? node.date() { checkDate(date) }
    do { _ = try node.int() } catch { format(error, source: source) }
    do { _ = try node.date() } catch { format(error, source: source) }
    if let pairs = try? node.pairs() {
        if let first = pairs.first?.key.scalar?.value { _ = node[first] }
        for pair in pairs {
            visit(pair.key, source: source, budget: &budget)
            visit(pair.value, source: source, budget: &budget)
        }
    }
    if let items = try? node.items() {
        for item in items { visit(item, source: source, budget: &budget) }
    }
}

/// A date survives its round trips through text and day numbers.
private func checkDate(_ date: CalendarDate) {
    precondition(CalendarDate(date.description) == date, "a date does not survive its text")
    precondition(CalendarDate(dayNumber: date.dayNumber) == date, "a date does not survive its day number")
    let next = date.adding(days: 1)
    precondition(next > date && next.dayNumber == date.dayNumber + 1, "the next day is wrong")
}

/// Prints nothing, but runs the code that shows an error to a person, source line and caret.
private func format(_ error: YAMLError, source: SourceText) {
    format(error.diagnostic(file: source.path), source: source)
}

private func format(_ diagnostic: Diagnostic, source: SourceText) {
    for language in Language.allCases {
        let formatter = DiagnosticFormatter(language: language) { _, line in source.line(line) }
        _ = formatter.format(diagnostic)
    }
}
