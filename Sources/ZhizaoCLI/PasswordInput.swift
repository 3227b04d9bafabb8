#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import ArgumentParser
import ZhizaoAccess

/// A new password from the person at the keyboard (asked twice, not echoed) or, from a script, one line of
/// standard input. Checked against the password rules; never printed.
enum PasswordInput {
    static func read(for name: String) throws -> String {
        let password: String
        if isatty(0) == 1 {
            let first = try prompt("New password for \(name): ")
            guard try prompt("Again: ") == first else { throw Refusal("the two passwords differ; nothing changed") }
            password = first
        } else {
            guard let line = readLine(strippingNewline: true) else {
                throw Refusal("no password on standard input; pipe one line, or run in a terminal to be asked")
            }
            password = line
        }
        if let problem = Passwords.problem(password, name: name) { throw Refusal(problem) }
        return password
    }

    /// Reads a line from the terminal with echo off.
    private static func prompt(_ text: String) throws -> String {
        print(text, terminator: "")
        fflush(nil)
        var saved = termios()
        tcgetattr(0, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(0, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(0, TCSAFLUSH, &saved)
            print()
        }
        guard let line = readLine(strippingNewline: true) else { throw ExitCode(1) }
        return line
    }
}

/// A refusal at run time: printed as `Error: …` without the usage lines that belong to mistyped arguments.
struct Refusal: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
