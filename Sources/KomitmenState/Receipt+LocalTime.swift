import Foundation

extension Receipt {
    /// `received` with `zone`'s UTC offset at that moment (the declaration's `timezone`): the same
    /// instant, read as the clerk's clock reads it. The stored text when it cannot be read.
    public func received(in zone: TimeZone) -> String {
        guard let date = Timestamp.parseUTC(received) else { return received }
        return Timestamp.rfc3339(date, offset: zone.secondsFromGMT(for: date))
    }

    /// The receipt as answered to a clerk: `received` in `zone` (`received(in:)`).
    public func answered(in zone: TimeZone) -> Receipt {
        var answered = self
        answered.received = received(in: zone)
        return answered
    }

    /// The moment `received` names.
    public var receivedDate: Date? { Timestamp.parseUTC(received) }
}
