[#-- Areas without components render nothing unless they bring their own script. --]
