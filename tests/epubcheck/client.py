#!/usr/bin/env python3
"""epubcheck's command line, answered by the test run's warm epubcheck (EpubcheckService.java) at the socket
$EPUBCHECK_SERVICE: the same arguments, exit code and output as the jar run alone."""

import os
import socket
import sys

with socket.socket(socket.AF_UNIX) as service:
    service.connect(os.environ["EPUBCHECK_SERVICE"])
    service.sendall(("\0".join(sys.argv[1:]) + "\n").encode())
    service.shutdown(socket.SHUT_WR)
    reply = b"".join(iter(lambda: service.recv(1 << 16), b""))
code, _, printed = reply.partition(b"\n")
sys.stdout.buffer.write(printed)
sys.exit(int(code))
