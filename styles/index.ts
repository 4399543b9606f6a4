// Fonts are self-hosted (latin subset, only the weights the deck uses):
// the deck must look the same offline as on stage.
import '@fontsource/inter/latin-400.css'
import '@fontsource/inter/latin-600.css'
import '@fontsource/source-serif-4/latin-600.css'
import './tokens.css'
import './layout.css'
import './map.css'
import './content.css'
