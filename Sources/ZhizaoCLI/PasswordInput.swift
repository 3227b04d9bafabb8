#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import ArgumentParser
import ZhizaoAccess
import ZhizaoCore

/// A new password from the person at the keyboard (asked twice, not echoed) or, from a script, one line of
/// standard input. Checked against the password rules; never printed.
enum PasswordInput {
    static func read(for name: String, _ l: Language) throws -> String {
        let password: String
        if isatty(0) == 1 {
            let first = try prompt(l.pick("\(name) 的新密码：", "New password for \(name): "))
            guard try prompt(l.pick("再输入一次：", "Again: ")) == first else {
                throw Refusal(l, "两次输入的密码不同；未作任何修改。", "The two passwords differ; nothing changed.")
            }
            password = first
        } else {
            guard let line = readLine(strippingNewline: true) else {
                throw Refusal(
                    l, "标准输入中没有密码：请用管道传入一行密码，或在终端中运行以按提示输入。",
                    "No password on standard input; pipe one line, or run in a terminal to be asked.")
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
