// embed.js: see README (Embedding).
