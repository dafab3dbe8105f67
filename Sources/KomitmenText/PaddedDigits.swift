/// Zero-padded decimal digits written into a buffer: dates and quarters as text without
/// building and joining strings.
public enum PaddedDigits {
    /// Writes `value` (0 or more, at most `width` digits) as exactly `width` digits at `offset`.
    public static func write(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        var rest = value
        for index in stride(from: offset + width - 1, through: offset, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }
}
