"""A key event as the keypad grammar's token (desktop.domain.keypad): keypad keys mean the
same whatever Num Lock says, and a modifier pressed alone is no key at all."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from desktop.domain import keypad

K = Qt.Key
# With Num Lock off the keypad sends its other meaning (End, ↓, PgDn …) with the keypad flag:
# those keys are still the digits printed on them.
_KEYPAD = {K.Key_Insert: "0", K.Key_End: "1", K.Key_Down: "2", K.Key_PageDown: "3",
           K.Key_Left: "4", K.Key_Clear: "5", K.Key_Right: "6", K.Key_Home: "7",
           K.Key_Up: "8", K.Key_PageUp: "9", K.Key_Enter: keypad.ENTER,
           K.Key_Plus: "+", K.Key_Minus: "-", K.Key_Asterisk: "*", K.Key_Slash: "/",
           **{getattr(K, f"Key_{d}"): str(d) for d in range(10)}}
if sys.platform == "darwin":  # macOS flags the arrow keys as keypad keys too
    for arrow in (K.Key_Up, K.Key_Down, K.Key_Left, K.Key_Right):
        _KEYPAD.pop(arrow)
_NAMED = {K.Key_Return: keypad.ENTER, K.Key_Enter: keypad.ENTER, K.Key_Backspace: keypad.BACK,
          K.Key_Up: keypad.UP, K.Key_Down: keypad.DOWN, K.Key_Escape: keypad.ESC}
MODIFIERS = frozenset({K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_AltGr, K.Key_Meta,
                       K.Key_Super_L, K.Key_Super_R, K.Key_Hyper_L, K.Key_Hyper_R,
                       K.Key_CapsLock, K.Key_NumLock, K.Key_ScrollLock,
                       K.Key_Mode_switch})
SHORTCUT = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier)


def token(event: QKeyEvent) -> str | None:
    """The token of a key press, or None for a modifier alone."""
    key = event.key()
    if key in MODIFIERS:
        return None
    if event.modifiers() & Qt.KeyboardModifier.KeypadModifier and key in _KEYPAD:
        return _KEYPAD[Qt.Key(key)]
    if key in _NAMED:
        return _NAMED[Qt.Key(key)]
    text = event.text()
    return text if len(text) == 1 and text.isprintable() else keypad.OTHER


def is_shortcut(event: QKeyEvent) -> bool:
    """Ctrl, Alt or Meta held: the window's shortcuts (Ctrl+Z …), not a ballot key."""
    return bool(event.modifiers() & SHORTCUT)
