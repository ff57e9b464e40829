"""A time limit on a block of code, in the main thread and in any other.

In the main thread an interval timer (SIGALRM) raises inside whatever runs, even a regular
expression match in C. In another thread no signal can reach the code, so a watchdog thread
raises the exception in it asynchronously: that lands at the next step of Python code,
so one long call into C (a huge lxml parse) finishes first.
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager

from .errors import TimeoutExceeded


class _Alarm(BaseException):
    """The limit ran out; a BaseException so a library's `except Exception` cannot eat it."""


@contextmanager
def time_limit(seconds: float | None):
    """Raise TimeoutExceeded in this block after `seconds` (None or 0: no limit)."""
    if not seconds:
        yield
        return
    on_main = threading.current_thread() is threading.main_thread()
    arm = _arm_timer if on_main and hasattr(signal, "setitimer") else _arm_watchdog
    try:
        disarm = arm(seconds)
        try:
            yield
        finally:
            disarm()
    except _Alarm:  # raised in the block, or as it ended: the limit ran out either way
        raise TimeoutExceeded(f"took longer than {seconds:g} s") from None


def _arm_timer(seconds: float):
    """Start SIGALRM for `seconds`; return what stops it and gives back an outer timer."""
    def on_alarm(signum, frame):
        raise _Alarm()

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    if outer and outer < seconds:  # an enclosing limit runs out first: keep it
        signal.setitimer(signal.ITIMER_REAL, outer)

    def disarm() -> None:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # even when the alarm lands right here
            signal.signal(signal.SIGALRM, previous)
            if outer:  # an enclosing limit goes on with what is left of it
                left = outer - (time.monotonic() - started)
                signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6))

    return disarm


def _arm_watchdog(seconds: float):
    """Raise _Alarm in this thread from another after `seconds`; return what stops that."""
    import ctypes

    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"armed": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["armed"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(_Alarm))
                state["fired"] = True

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()

    def disarm() -> None:
        with lock:
            state["armed"] = False
        timer.cancel()
        timer.join()  # gone before the caller goes on (a process about to fork counts threads)
        if state["fired"]:  # not raised yet: it must not land in the caller's code later
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)

    return disarm
