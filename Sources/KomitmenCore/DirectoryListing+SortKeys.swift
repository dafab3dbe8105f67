extension DirectoryListing {
    /// A name's first 16 bytes as two big-endian numbers (zeros after a shorter name), and where
    /// the entry was.
    struct SortKey {
        var high: UInt64
        var low: UInt64
        var index: Int

        init(_ name: String, index: Int) {
            high = 0
            low = 0
            self.index = index
            // From the text's own bytes where it has them, not through the `utf8` view's
            // iterator (docs/benchmarks.md, "Hot paths").
            let read = name.utf8.withContiguousStorageIfAvailable { bytes in
                for position in 0..<min(bytes.count, 16) { add(bytes[position], at: position) }
            }
            guard read == nil else { return }
            for (position, byte) in name.utf8.prefix(16).enumerated() { add(byte, at: position) }
        }

        private mutating func add(_ byte: UInt8, at position: Int) {
            let shift = UInt64(56 - 8 * (position % 8))
            if position < 8 { high |= UInt64(byte) << shift } else { low |= UInt64(byte) << shift }
        }
    }

    /// Sorts by the names' bytes (`bytesPrecede`), comparing two numbers per name first: names
    /// of a folder nearly always differ in their first 16 bytes, so the texts' bytes are seldom
    /// compared (docs/benchmarks.md, "Hot paths"). A name holds no zero byte, so a shorter
    /// name's zeros sort it before a longer one it begins, as `bytesPrecede` does; names equal in
    /// their first 16 bytes are compared whole. The order is `bytesPrecede`'s exactly.
    static func sortByBytes(_ entries: inout [DirectoryEntry]) {
        var keys: [SortKey] = []
        keys.reserveCapacity(entries.count)
        for index in entries.indices { keys.append(SortKey(entries[index].name, index: index)) }
        keys.sort { first, second in
            if first.high != second.high { return first.high < second.high }
            if first.low != second.low { return first.low < second.low }
            return bytesPrecede(entries[first.index].name, entries[second.index].name)
        }
        var sorted: [DirectoryEntry] = []
        sorted.reserveCapacity(entries.count)
        for key in keys { sorted.append(entries[key.index]) }
        entries = sorted
    }
}
