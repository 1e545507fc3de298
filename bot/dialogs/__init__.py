"""The dialog engine and the conversation around it: front-end neutral, knows no Telegram."""
