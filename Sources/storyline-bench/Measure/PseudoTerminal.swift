#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program run under a pseudo-terminal, as a user's terminal would run it.
struct PseudoTerminal {
    /// Controller side of the terminal (our end).
    let controller: Int32
    /// The program's process id.
    let pid: pid_t

    /// Starts `arguments[0]` under a new `width`×`height` terminal with `environment` added.
    init?(arguments: [String], width: Int, height: Int, environment: [String: String]) {
        // posix_openpt/ptsname are hidden from Swift's Glibc; use the Linux multiplexer directly.
        let controller = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard controller >= 0 else { return nil }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(controller, PseudoTerminal.unlockRequest, &unlock) == 0,
              ioctl(controller, PseudoTerminal.numberRequest, &number) == 0 else {
            close(controller)
            return nil
        }
        let devicePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(controller, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, controller)
        posix_spawn_file_actions_addopen(&actions, 0, devicePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session, so the terminal opened above becomes the program's controlling terminal.
        posix_spawnattr_setflags(&attributes, Int16(PseudoTerminal.newSessionFlag))

        var merged: [String: String] = [:]
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") { merged[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            index += 1
        }
        for (key, value) in environment { merged[key] = value }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp) == 0 else {
            close(controller)
            return nil
        }
        self.controller = controller
        self.pid = pid
    }

    /// TIOCSPTLCK and TIOCGPTN (`_IOW('T', 0x31, int)`, `_IOR('T', 0x30, unsigned)`), macros Swift cannot import.
    private static let unlockRequest: UInt = 0x4004_5431
    private static let numberRequest: UInt = 0x8004_5430

    /// glibc's POSIX_SPAWN_SETSID.
    private static let newSessionFlag: Int32 = 0x80

    /// Reads what the program writes until it has been quiet for `quiet` seconds, it exits,
    /// or `limit` seconds pass. Returns the bytes read and the time of the last byte.
    func readUntilQuiet(quiet: Double, limit: Double) -> (bytes: [UInt8], lastByte: Double?) {
        var bytes: [UInt8] = []
        var lastByte: Double?
        let start = Clock.now()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let now = Clock.now()
            if now - start > limit { break }
            if let last = lastByte, now - last > quiet { break }
            var poller = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 5)
            guard ready > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(controller, $0.baseAddress, $0.count) }
            if count <= 0 { break }  // The program closed its side: it has exited.
            lastByte = Clock.now()
            bytes += buffer[0..<count]
        }
        return (bytes, lastByte)
    }

    /// Types `text` into the program's terminal.
    func send(_ text: String) {
        var text = text
        _ = text.withUTF8 { write(controller, $0.baseAddress, $0.count) }
    }

    /// Waits up to `seconds` for the program to exit, then terminates it; closes the terminal.
    func finish(within seconds: Double) {
        let start = Clock.now()
        var status: Int32 = 0
        while Clock.now() - start < seconds {
            if waitpid(pid, &status, WNOHANG) == pid {
                close(controller)
                return
            }
            _ = readUntilQuiet(quiet: 0.01, limit: 0.02)
        }
        kill(pid, SIGTERM)
        usleep(200_000)
        if waitpid(pid, &status, WNOHANG) != pid {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        close(controller)
    }
}
