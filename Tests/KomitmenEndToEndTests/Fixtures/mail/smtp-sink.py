"""An SMTP server on a loopback port that keeps every message it receives, for the reminder tests.

Usage: python3 smtp-sink.py FOLDER [SECONDS]

Writes FOLDER/port once it listens, then each message as FOLDER/<n>.eml (the bytes as received)
and FOLDER/<n>.json (what Python's e-mail parser makes of it: headers decoded, defects, body).
Ends by itself after SECONDS (default 120), so a test that dies cannot leave it running.
"""
import email
import email.policy
import email.utils
import json
import os
import socket
import sys
import threading
import time

from aiosmtpd.controller import Controller

folder = sys.argv[1]
lifetime = float(sys.argv[2]) if len(sys.argv) > 2 else 120.0
lock = threading.Lock()
count = 0


class Keep:
    async def handle_DATA(self, server, session, envelope):
        global count
        with lock:
            count += 1
            n = count
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            date_ok = email.utils.parsedate_to_datetime(message["Date"]) is not None
        except Exception:
            date_ok = False
        try:
            body = message.get_content()
            body_ok = True
        except Exception as error:
            body, body_ok = repr(error), False
        facts = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "to": str(message["To"]),
            "to_addresses": [address for _, address in email.utils.getaddresses([str(message["To"])])],
            "from": str(message["From"]),
            "subject": str(message["Subject"]),
            "headers": raw.split(b"\r\n\r\n")[0].decode("ascii", "replace"),
            "date_ok": date_ok,
            "message_id": str(message["Message-ID"]),
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset(),
            "body_ok": body_ok,
            "body": body,
            "defects": [type(d).__name__ for d in message.defects],
        }
        with open(os.path.join(folder, f"{n}.eml"), "wb") as out:
            out.write(raw)
        with open(os.path.join(folder, f"{n}.json"), "w", encoding="utf-8") as out:
            json.dump(facts, out, ensure_ascii=False)
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


port = free_port()
controller = Controller(Keep(), hostname="127.0.0.1", port=port, decode_data=False)
controller.start()
with open(os.path.join(folder, "port.tmp"), "w") as out:
    out.write(str(port))
os.rename(os.path.join(folder, "port.tmp"), os.path.join(folder, "port"))
time.sleep(lifetime)
controller.stop()
