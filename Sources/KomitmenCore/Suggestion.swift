import KomitmenYAML

/// "Did you mean …": the closest known name to a misspelled one.
public enum Suggestion {
    /// The candidate nearest to `word`, when it is near enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let normalized = candidate.lowercased()
            if normalized == lowered || normalized.replacing("_", with: "-") == lowered.replacing("_", with: "-") {
                return candidate
            }
            let distance = editDistance(lowered, normalized)
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        // A shortened name (`polda` for `polda-ntt`) is a likely slip too.
        if lowered.count >= 3, let prefixed = candidates.filter({ $0.lowercased().hasPrefix(lowered) }).min(by: { $0.count < $1.count }) {
            return prefixed
        }
        let allowed = max(2, min(word.count, best.name.count) / 3)
        return best.distance <= allowed ? best.name : nil
    }

    /// Levenshtein distance, counting characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The hint for an unknown name: the closest one, or nil.
    public static func hint(for word: String, in candidates: [String]) -> Phrase? {
        guard let match = closest(to: word, in: candidates) else { return nil }
        return Phrase(en: "did you mean '\(match)'?", id: "maksud Anda '\(match)'?")
    }
}
