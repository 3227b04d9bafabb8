import Foundation

/// How long a sign-in must wait after failures: the first few are free, then each further failure doubles the
/// wait, up to a quarter of an hour. Counted per account and per client address over the last `window`, so
/// guessing one account's password from many addresses, or many accounts' from one, both slow down.
public enum LoginThrottle {
    /// Failures counted over this long.
    public static let window: TimeInterval = 15 * 60
    /// Failures allowed before any wait.
    public static let free = 4
    /// The first wait, doubled by each failure after it.
    public static let firstWait: TimeInterval = 15
    public static let longestWait: TimeInterval = 15 * 60

    /// Seconds still to wait before the next attempt, or nil when it may go ahead now.
    public static func wait(failures: Int, lastFailure: Date?, now: Date = Date()) -> TimeInterval? {
        guard failures >= free, let lastFailure else { return nil }
        let wait = min(longestWait, firstWait * pow(2, Double(failures - free)))
        let left = wait - now.timeIntervalSince(lastFailure)
        return left > 0 ? left.rounded(.up) : nil
    }
}
