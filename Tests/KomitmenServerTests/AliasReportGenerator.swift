/// Random reports for dprd-ntt (a government signatory) full of anchors and aliases, written with
/// what they must compose to: every scalar's bytes (keys too) and what the aliases add, in nodes
/// and bytes, counted the way DESIGN says and independently of the composer, so a property test can
/// say which texts the alias budget must refuse. Seeded: a failing case is found again by its seed.
struct AliasReportGenerator {
    /// SplitMix64: small, seedable, the same on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// A written report and what it stands for.
    struct Case {
        var seed: UInt64
        var text: String
        /// The bytes of every scalar of the composed tree, aliases expanded.
        var scalarBytes = 0
        /// What the aliases add, in nodes and in bytes (DESIGN's count).
        var aliasNodes = 0
        var aliasBytes = 0
        var aliases = 0
    }

    private var random: Random
    private var out: Case
    /// Anchors so far, by what they hold: one-line texts (`short` ones fit an evidence item) and
    /// whole program entries.
    private var texts: [(name: String, bytes: Int)] = []
    private var programs: [(name: String, nodes: Int, bytes: Int)] = []
    private var anchors = 0
    /// Wild cases go past every bound; tame ones (most) stay within the report's own bounds (unique
    /// program names, short evidence), so they are filed and shown, aliases and all.
    private var wild = false
    private var names = 0

    static func generate(seed: UInt64) -> Case {
        var generator = AliasReportGenerator(random: Random(state: seed), out: Case(seed: seed, text: ""))
        generator.wild = generator.random.chance(40)
        generator.report()
        return generator.out
    }

    private mutating func emit(_ text: String) { out.text += text }
    /// A plain scalar (a key or a word) written out.
    private mutating func scalar(_ text: String) {
        emit(text)
        out.scalarBytes += text.utf8.count
    }
    private mutating func key(_ name: String) {
        scalar(name)
        emit(": ")
    }

    private mutating func newAnchor() -> String {
        anchors += 1
        return "a\(anchors)"
    }

    /// Lengths from empty to past every bound, most of them short.
    private mutating func length() -> Int {
        wild
            ? random.pick([0, 1, 3, 8, 20, 60, 200, 499, 500, 501, 1_000, 5_000, 20_000, 20_001, 60_000])
            : random.pick([1, 3, 8, 20, 60, 200, 499, 500, 1_000, 5_000, 20_000])
    }

    private mutating func word(_ count: Int) -> String {
        // Letters only, starting with `w`: always a plain text, never a number, null or boolean.
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return count == 0 ? "" : "w" + String((1..<count).map { _ in letters[random.below(26)] })
    }

    /// A text value: an alias of a text anchored before, or a new text (anchored at times).
    private mutating func text(maxBytes: Int = .max) {
        let fitting = texts.filter { $0.bytes <= maxBytes }
        if !fitting.isEmpty && random.chance(55) {
            let target = random.pick(fitting)
            emit("*\(target.name)")
            alias(nodes: 1, bytes: target.bytes)
            return
        }
        let count = min(length(), maxBytes)
        let anchor = random.chance(50) ? newAnchor() : nil
        if let anchor { emit("&\(anchor) ") }
        if count == 0 {
            emit("''")
        } else {
            scalar(word(count))
        }
        if let anchor { texts.append((anchor, count)) }
    }

    private mutating func alias(nodes: Int, bytes: Int) {
        out.aliases += 1
        out.aliasNodes += nodes
        out.aliasBytes += bytes
        out.scalarBytes += bytes
    }

    /// A program entry (`name`, `status`, `budget_idr`), or an alias of one anchored before.
    private mutating func program() {
        if wild, let target = programs.isEmpty ? nil : random.pick(programs), random.chance(40) {
            emit("*\(target.name)")
            alias(nodes: target.nodes, bytes: target.bytes)
            return
        }
        let anchor = random.chance(40) ? newAnchor() : nil
        if let anchor { emit("&\(anchor) ") }
        let before = out.scalarBytes
        emit("{")
        key("name")
        // Names stay short enough for a page of many rows; only the aliases' count is at stake.
        // Tame names are unique (a program's name must be): a number, then letters.
        if wild {
            text(maxBytes: 500)
        } else {
            names += 1
            scalar("p\(names)" + word(random.below(80)))
        }
        emit(", ")
        key("status")
        scalar(random.pick(["planned", "ongoing", "done"]))
        emit(", ")
        key("budget_idr")
        scalar(String(random.below(1_000_000)))
        emit("}")
        // A mapping of three pairs: 1 + 6 nodes; its bytes include an aliased name's.
        if let anchor { programs.append((anchor, 7, out.scalarBytes - before)) }
    }

    private mutating func report() {
        emit("# generated, seed \(out.seed)\n")
        key("signatory")
        scalar("dprd-ntt")
        emit("\n")
        key("period")
        scalar("2026-Q3")
        emit("\n")
        key("values")
        emit("{")
        key("complaints_received")
        scalar("16")
        emit("}\n")
        // The parts in a random order: an alias may only name an anchor before it.
        var parts = ["narrative", "evidence", "programs"].shuffled(using: &random)
        if wild && random.chance(35) { parts.append("bomb") }
        for part in parts {
            switch part {
            case "narrative":
                key("narrative")
                text(maxBytes: wild ? .max : 20_000)
            case "evidence":
                key("evidence")
                list(count: wild ? random.pick([0, 1, 5, 50, 51, 200]) : random.pick([0, 1, 5, 20, 50])) {
                    let limit = $0.wild && $0.random.chance(10) ? Int.max : 500
                    $0.text(maxBytes: limit)
                }
            case "programs":
                key("programs")
                list(count: random.pick([1, 3, 20, 60])) { $0.program() }
            default:
                // The shape: many aliases of one long text, around the budget.
                let name = newAnchor()
                let count = random.pick([1_000, 20_000, 60_000])
                key("narrative_copy")
                emit("&\(name) ")
                scalar(word(count))
                emit("\n")
                texts.append((name, count))
                key("copies")
                list(count: random.pick([10, 50, 52, 53, 200])) {
                    $0.emit("*\(name)")
                    $0.alias(nodes: 1, bytes: count)
                }
            }
            emit("\n")
        }
    }

    private mutating func list(count: Int, _ item: (inout AliasReportGenerator) -> Void) {
        emit("[")
        for index in 0..<count {
            if index > 0 { emit(", ") }
            item(&self)
        }
        emit("]")
    }
}

extension AliasReportGenerator.Random: RandomNumberGenerator {}
