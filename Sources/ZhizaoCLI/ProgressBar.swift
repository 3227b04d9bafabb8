#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Synchronization
import ZhizaoCore

/// A progress bar on standard error for long commands: what is done, the rate, and the time left when the total is
/// known. Drawn only when standard error is a terminal and the command is not `--quiet`, from a quarter second after
/// it was made (a quick command shows none), redrawn at most ten times a second whatever the rate of ``update(_:)``
/// calls, and cleared by ``finish()``. Safe to update from any thread.
final class ProgressBar: Sendable {
    /// What is being done, e.g. 导入企业 / Importing enterprises.
    let label: String
    /// What is counted: (zh, en) measure words, e.g. ("行", "rows").
    let unit: (zh: String, en: String)
    let total: Int?
    let language: Language
    /// False when nothing is drawn (not a terminal, or `--quiet`).
    let isShown: Bool
    private let state = Mutex(State())

    private let started = ProgressBar.seconds()

    private struct State {
        var lastDrawn = 0.0
        var drawn = false
    }

    init(_ label: String, unit: (zh: String, en: String), total: Int?, language: Language, isShown: Bool) {
        self.label = label
        self.unit = unit
        self.total = total
        self.language = language
        self.isShown = isShown
    }

    /// A bar shown when standard error is a terminal and `quiet` is false.
    static func onTerminal(
        _ label: String, unit: (zh: String, en: String), total: Int?, language: Language, quiet: Bool
    ) -> ProgressBar {
        ProgressBar(label, unit: unit, total: total, language: language, isShown: !quiet && isatty(2) == 1)
    }

    /// Says `done` units are done; draws when the last drawing is 100 ms old.
    func update(_ done: Int) {
        guard isShown else { return }
        let now = Self.seconds()
        let text: String? = state.withLock { state in
            guard now - started >= 0.25, now - state.lastDrawn >= 0.1 else { return nil }
            state.lastDrawn = now
            state.drawn = true
            return line(done: done, elapsed: now - started)
        }
        if let text { Self.write("\r\u{1B}[2K" + text) }
    }

    /// Clears the bar's line (before printing a line, or at the end); a later ``update(_:)`` draws it again.
    func finish() {
        guard isShown, state.withLock({ state in defer { state.drawn = false }; return state.drawn }) else { return }
        Self.write("\r\u{1B}[2K")
    }

    /// The bar's text after `elapsed` seconds with `done` units done, e.g.
    /// `导入企业 [██████░░░░░░░░░░░░░░] 30% 30万/100万行 10万行/秒 剩余7秒`.
    func line(done: Int, elapsed: Double) -> String {
        let zh = language == .zh
        var parts = [label]
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        if let total, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            let filled = Int((fraction * 20).rounded(.down))
            parts.append("[" + String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled) + "]")
            parts.append("\(Int((fraction * 100).rounded(.down)))%")
            parts.append(zh ? "\(Self.count(done, .zh))/\(Self.count(total, .zh))\(unit.zh)" : "\(Self.count(done, .en))/\(Self.count(total, .en)) \(unit.en)")
        } else {
            parts.append(zh ? "\(Self.count(done, .zh))\(unit.zh)" : "\(Self.count(done, .en)) \(unit.en)")
        }
        if rate > 0 {
            parts.append(zh ? "\(Self.count(Int(rate), .zh))\(unit.zh)/秒" : "\(Self.count(Int(rate), .en)) \(unit.en)/s")
            if let total, total > done {
                let left = Self.duration(Double(total - done) / rate, language)
                parts.append(zh ? "剩余\(left)" : "\(left) left")
            }
        }
        return parts.joined(separator: " ")
    }

    /// A count as its language writes it: 41.2万 / 412,000.
    static func count(_ value: Int, _ language: Language) -> String {
        if language == .zh {
            if value >= 100_000_000 { return ChineseNumberFormat.decimal(Double(value) / 1e8, maxFraction: 1) + "亿" }
            if value >= 10_000 { return ChineseNumberFormat.decimal(Double(value) / 1e4, maxFraction: 1) + "万" }
            return String(value)
        }
        var digits = String(value)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped
    }

    /// Seconds as 7秒 / 2分05秒 / 1小时02分, or 7 s / 2 min 05 s / 1 h 02 min.
    static func duration(_ seconds: Double, _ language: Language) -> String {
        let whole = Int(seconds.rounded(.up))
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        if whole < 60 { return language.pick("\(whole)秒", "\(whole) s") }
        if whole < 3600 { return language.pick("\(whole / 60)分\(pad(whole % 60))秒", "\(whole / 60) min \(pad(whole % 60)) s") }
        return language.pick("\(whole / 3600)小时\(pad(whole % 3600 / 60))分", "\(whole / 3600) h \(pad(whole % 3600 / 60)) min")
    }

    private static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
