/// A line diff of two texts (longest common subsequence), for comparing two versions of a
/// report. Bounded: past `maxCells` comparisons it gives every old line removed and every new
/// line added, which is still true, only longer.
enum LineDiff {
    enum Line: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    static let maxCells = 4_000_000

    static func diff(_ old: [String], _ new: [String]) -> [Line] {
        guard old.count * new.count <= maxCells else { return old.map(Line.removed) + new.map(Line.added) }
        let n = old.count
        let m = new.count
        // lengths[i][j]: the LCS of old[i...] and new[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var lines: [Line] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                lines.append(.same(old[i]))
                i += 1
                j += 1
            } else if i < n, j == m || lengths[i + 1][j] >= lengths[i][j + 1] {
                // Old before new: of two lines that differ, the removed one is shown first.
                lines.append(.removed(old[i]))
                i += 1
            } else {
                lines.append(.added(new[j]))
                j += 1
            }
        }
        return lines
    }

    /// The lines that carry data: a template's comment lines and empty lines are left out, so a
    /// version made from the template and one made by the form differ only where values do.
    static func lines(_ bytes: [UInt8]) -> [String] {
        // "\r\n" is one Character in Swift: both endings are named.
        String(decoding: bytes, as: UTF8.self).split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
        ).compactMap {
            let line = String($0)
            let content = line.drop { $0 == " " || $0 == "\t" }
            return content.isEmpty || content.hasPrefix("#") ? nil : line
        }
    }
}
