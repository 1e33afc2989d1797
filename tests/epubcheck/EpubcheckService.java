import com.adobe.epubcheck.tool.EpubChecker;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * epubcheck kept warm for a test run. A run of its own command spends two of its three seconds starting Java and
 * loading its schemas; here each request is epubcheck's own command line (the arguments, NUL-separated, on one line)
 * run by its own EpubChecker in this one JVM, one at a time. The reply is the exit code on a line, then what it
 * printed.
 */
public final class EpubcheckService {
    public static void main(String[] args) throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(Path.of(args[0])));
            System.out.println("ready");
            System.out.flush();
            while (true) {
                try (SocketChannel client = server.accept()) {
                    answer(client);
                } catch (IOException gone) {
                    System.err.println("epubcheck service: a client went away: " + gone.getMessage());
                }
            }
        }
    }

    private static void answer(SocketChannel client) throws IOException {
        BufferedReader request = new BufferedReader(Channels.newReader(client, StandardCharsets.UTF_8));
        String[] arguments = request.readLine().split("\0");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        int code;
        try {
            code = new EpubChecker().run(arguments);
        } catch (RuntimeException failure) {
            failure.printStackTrace(capture);
            code = 4;
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        OutputStream reply = Channels.newOutputStream(client);
        reply.write((code + "\n").getBytes(StandardCharsets.UTF_8));
        reply.write(printed.toByteArray());
        reply.flush();
    }
}
