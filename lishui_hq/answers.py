"""The one shape of every error answer: JSON ``{"error": code, "message": ...}`` plus
fields that help (used by the app's handlers and by the ASGI middlewares alike)."""
from __future__ import annotations

from fastapi.responses import JSONResponse


def error(status: int, code: str, message: str, headers: dict | None = None,
          **extra) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, **extra}, status_code=status,
                        headers=headers)
