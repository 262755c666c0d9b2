// Replays a fuzz target's corpus without libFuzzer, so a build with any compiler (gcc in CI, MSVC)
// runs every committed input through LLVMFuzzerTestOneInput: a crash, a sanitizer report or a
// broken invariant found once stays fixed.
//
//   fuzz_<target> <folder or file>...
//
// Reads every file under each folder (recursively, in name order). Exit 0 when all ran; a broken
// invariant aborts. No input at all is a failure too: an empty corpus would make the test pass
// without testing anything.

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            QStringList inFolder;
            while (it.hasNext())
                inFolder << it.next();
            inFolder.sort();
            files << inFolder;
        } else {
            files << path;
        }
    }
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray input = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
    }
    std::printf("%lld inputs replayed\n", static_cast<long long>(files.size()));
    return files.isEmpty() ? 1 : 0;
}
