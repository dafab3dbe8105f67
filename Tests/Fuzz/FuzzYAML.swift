// libFuzzer target for komitmen's YAML layer: built by `.ci/fuzz.sh`, not by SwiftPM (no target
// names this folder).
//
// The script compiles this file into the same module as `Sources/KomitmenYAML/*.swift`, so it
// needs no `import KomitmenYAML` and may use the module's internal API.
//
// Every input is read as YAML by the event reader and the composer (several documents, one
// document, tight limits; collecting problems and throwing), then every node is read with every
// typed reader. Thrown errors are expected and ignored: the fuzzer looks for crashes (traps,
// memory errors in libyaml or Swift), hangs and memory blow-ups, and for broken invariants,
// checked with `precondition`.

import KomitmenText

/// Limits small enough that the fuzzer reaches the depth, alias and size checks often.
private let tightLimits = YAMLLimits(maxFileBytes: 4096, maxDepth: 8, maxAliasExpansion: 64)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let source = SourceText(path: "fuzz.yaml", bytes: bytes)

    checkEvents(source)
    compose(source, limits: .standard, multipleDocuments: true)
    compose(source, limits: tightLimits, multipleDocuments: true)
    compose(source, limits: .standard, multipleDocuments: false)
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

/// Composes the text both ways: collecting the problems that do not stop reading, and throwing at
/// the first. The two must agree, and the nodes must hold no duplicate key.
private func compose(_ source: SourceText, limits: YAMLLimits, multipleDocuments: Bool) {
    let composer = Composer(source: source, limits: limits, allowMultipleDocuments: multipleDocuments)
    let collected: (roots: [Node], problems: [YAMLError])
    do {
        collected = try composer.composeCollecting()
    } catch {
        format(error, source: source)
        precondition((try? composer.composeAll()) == nil, "composeAll accepts what composeCollecting refuses")
        return
    }
    for problem in collected.problems { format(problem, source: source) }
    do {
        let roots = try composer.composeAll()
        precondition(collected.problems.isEmpty, "composeAll ignores a problem")
        precondition(roots.count == collected.roots.count, "composeAll and composeCollecting disagree")
    } catch {
        precondition(collected.problems.first == error, "composeAll throws another error than the first problem")
    }
    if !multipleDocuments {
        precondition(collected.roots.count <= 1, "several documents where one is allowed")
        let document = try? YAMLDocument.parseCollecting(source, limits: limits)
        precondition(
            document?.problems.count == collected.problems.count, "parseCollecting disagrees with the composer")
        _ = try? YAMLDocument.parse(source, limits: limits)
    }
    var budget = 1_000_000
    // As `validate` prints at most 100 diagnostics a file: formatting one finds its source line,
    // so formatting the errors of every node of a 40 KB file took 20 s under the sanitizers.
    var formats = 200
    for root in collected.roots { visit(root, source: source, budget: &budget, formats: &formats) }
}

/// Reads a node with every typed reader, then its children; aliases make a tree a graph, so the
/// walk stops after a budget of nodes.
private func visit(_ node: Node, source: SourceText, budget: inout Int, formats: inout Int) {
    budget -= 1
    guard budget > 0 else { return }
    if let scalar = node.scalar {
        let meaning = CoreSchema.resolve(scalar.value)
        precondition(CoreSchema.isNull(scalar.value) == (meaning == .null), "isNull disagrees with resolve")
        if case .int(let value) = meaning { precondition(CoreSchema.wholeNumber(scalar.value) == value, "int misread") }
    }
    _ = node.isNull
    _ = node.kindName
    _ = try? node.text()
    if let value = try? node.int() {
        precondition(
            CoreSchema.resolve(node.scalar?.value ?? "") == .int(value), "int() disagrees with the core schema")
    }
    if let value = try? node.decimal() { precondition(!value.isNaN, "decimal() gave NaN") }
    if let value = try? node.bool() { precondition(node.scalar?.value.lowercased() == String(value), "bool() misread") }
    if let date = try? node.date() { checkDate(date) }
    if formats > 0 {
        formats -= 1
        do { _ = try node.int() } catch { format(error, source: source) }
        do { _ = try node.date() } catch { format(error, source: source) }
    }
    if let pairs = try? node.pairs() {
        let identities = pairs.compactMap { Composer.keyIdentity($0.key) }
        precondition(Set(identities).count == identities.count, "a mapping holds a duplicate key")
        if let first = pairs.first?.key.scalar?.value { _ = node[first] }
        for pair in pairs {
            visit(pair.key, source: source, budget: &budget, formats: &formats)
            visit(pair.value, source: source, budget: &budget, formats: &formats)
        }
    }
    if let items = try? node.items() {
        for item in items { visit(item, source: source, budget: &budget, formats: &formats) }
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
