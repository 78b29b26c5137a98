namespace clinicdesk { int uiPlaceholder() { return 0; } }
