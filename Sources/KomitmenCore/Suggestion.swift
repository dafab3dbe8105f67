import KomitmenYAML

/// "Did you mean …": the closest known name to a misspelled one.
///
/// The cost is bounded whatever a file holds: only words of at most `maxWordLength` scalars get a
/// suggestion, a candidate whose length alone rules it out is skipped, and the edit distance is
/// computed in a band of the allowed width that stops as soon as the band is exceeded. A query
/// costs at most about (candidates × 64 × 43) steps, not (length of the value × length of all names).
public enum Suggestion {
    /// Longer words get no suggestion: ids and field names are short, and a long value is not a typo.
    public static let maxWordLength = 64
    /// At most this many names are listed when no name is close ("the fields here are: …").
    public static let maxListed = 20

    /// The candidate nearest to `word`, when it is near enough to be a likely typo.
    ///
    /// Deterministic whatever the order of `candidates` (ties go to the smaller name), so a
    /// dictionary's keys may be passed as they are.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        // utf8.count is O(1) for native strings: rule out long words before counting anything.
        guard word.utf8.count <= 4 * maxWordLength else { return nil }
        let target = normalized(word)
        guard !target.isEmpty, target.count <= maxWordLength else { return nil }
        var exact: String?
        var prefixed: (name: String, length: Int)?
        var best: (name: String, distance: Int)?
        var buffer: [UInt32] = []
        var rows = ([Int](), [Int]())
        for candidate in candidates {
            // A candidate more than the largest allowed distance longer cannot match: skip it
            // before looking at its characters (utf8 counts at least its scalars).
            let limit = max(2, target.count / 3)
            let scalarsAtMost = candidate.utf8.count
            guard scalarsAtMost + limit >= target.count else { continue }
            normalize(candidate, into: &buffer)
            if buffer == target {
                if exact.map({ candidate < $0 }) ?? true { exact = candidate }
                continue
            }
            // A shortened name (`polda` for `polda-ntt`) is a likely slip too.
            if target.count >= 3, buffer.count > target.count, buffer.starts(with: target) {
                if prefixed.map({ (buffer.count, candidate) < ($0.length, $0.name) }) ?? true {
                    prefixed = (candidate, buffer.count)
                }
            }
            guard exact == nil, prefixed == nil else { continue }
            let allowed = max(2, min(target.count, buffer.count) / 3)
            let bound = min(allowed, best?.distance ?? allowed)
            guard let distance = boundedDistance(target, buffer, limit: bound, rows: &rows) else { continue }
            if let current = best, (current.distance, current.name) <= (distance, candidate) { continue }
            best = (candidate, distance)
        }
        return exact ?? prefixed?.name ?? best?.name
    }

    /// Lower-cased Unicode scalars, with `_` read as `-` (`victims-rescued` is `victims_rescued`).
    static func normalized(_ word: String) -> [UInt32] {
        var buffer: [UInt32] = []
        normalize(word, into: &buffer)
        return buffer
    }

    static func normalize(_ word: String, into buffer: inout [UInt32]) {
        buffer.removeAll(keepingCapacity: true)
        for scalar in word.unicodeScalars {
            var value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A { value |= 0x20 }
                if value == 0x5F { value = 0x2D }
            } else if let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                value = lower.value
            }
            buffer.append(value)
            // Nothing longer than this is compared; stop reading a long candidate early.
            if buffer.count > 2 * maxWordLength { break }
        }
    }

    /// Levenshtein distance when it is at most `limit`, else nil: only the band of width
    /// 2 × limit + 1 around the diagonal is computed, and it stops once a whole row exceeds it.
    static func boundedDistance(_ a: [UInt32], _ b: [UInt32], limit: Int, rows: inout ([Int], [Int])) -> Int? {
        let n = a.count
        let m = b.count
        guard abs(n - m) <= limit else { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        let outside = limit + 1
        // Taken out of `rows` (not copied), so writing to them does not copy the storage.
        var previous: [Int] = []
        var current: [Int] = []
        swap(&previous, &rows.0)
        swap(&current, &rows.1)
        defer { rows = (previous, current) }
        if previous.count < m + 1 {
            previous = [Int](repeating: 0, count: m + 1)
            current = [Int](repeating: 0, count: m + 1)
        }
        for j in 0...m { previous[j] = min(j, outside) }
        for i in 1...n {
            let from = max(1, i - limit)
            let to = min(m, i + limit)
            current[from - 1] = from == 1 ? min(i, outside) : outside
            var rowMinimum = current[from - 1]
            for j in from...to {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                let value = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1, outside)
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if to < m { current[to + 1] = outside }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[m] <= limit ? previous[m] : nil
    }

    /// The hint for an unknown name: the closest one, or nil.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> Phrase? {
        guard let match = closest(to: word, in: candidates) else { return nil }
        return CoreWords.didYouMean(match)
    }

    /// The hint for an unknown name, whichever helps: "did you mean 'x'?" when a candidate is close,
    /// else `intro` and the candidates ("the fields here are: a, b, c"), at most `maxListed` of them.
    public static func unknownNameHint(for word: String, in candidates: [String], listedAfter intro: Phrase) -> Phrase {
        hint(for: word, in: candidates) ?? intro + listing(candidates)
    }

    /// The names, comma separated, at most `maxListed` of them and then "and N more": a list
    /// read from a file (goals, regions) can be as long as the file.
    /// The same for names that differ by language (labelled fields).
    static func listing(_ names: [Phrase]) -> Phrase {
        let shown = names.prefix(maxListed)
        let list = CoreWords.commaSeparated(Array(shown))
        guard names.count > maxListed else { return list }
        return list + CoreWords.andMore("", more: names.count - maxListed)
    }

    public static func listing(_ names: [String]) -> Phrase {
        guard names.count > maxListed else { return Phrase(verbatim: names.joined(separator: ", ")) }
        let shown = names.prefix(maxListed).joined(separator: ", ")
        let more = names.count - maxListed
        return CoreWords.andMore(shown, more: more)
    }
}
