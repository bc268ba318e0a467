import Foundation

#if KAOHE_FUZZ
/// libFuzzer's entry point; scripts/fuzz builds this target with `-sanitize=fuzzer -DKAOHE_FUZZ`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzChecks.check(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's `main` to its `@main` type, so libFuzzer is started from here with the
/// command line (corpus folder and `-flags`) rather than from libFuzzer's own `main`.
@main
struct FuzzDriver {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) })
    }
}
#else
/// Without libFuzzer the target replays inputs: `kaohe-fuzz FILE...` checks each file as the fuzzer would,
/// so the committed corpus and any saved finding can be re-run by the ordinary build and its tests.
@main
struct FuzzReplay {
    static func main() throws {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: kaohe-fuzz FILE... (scripts/fuzz builds the libFuzzer target)\n".utf8))
            exit(2)
        }
        for path in paths {
            FuzzChecks.check(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        print("\(paths.count) input(s) replayed: every rejection was located")
    }
}
#endif
