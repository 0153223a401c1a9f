module github.com/readout/readout

go 1.26.8
