"""Media Technology MSc student assistant: rules, knowledge, dialogs and their front ends."""
